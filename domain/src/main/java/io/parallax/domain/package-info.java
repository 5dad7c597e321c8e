/**
 * The Parallax domain: the records a coaching school keeps about contracting practice, supervision
 * and development, with the rules that make them mean what a coach supervisor means. Entities live
 * by business area ({@code school}, later {@code practice}, {@code supervision}, {@code
 * assessment}); {@code tenancy} ties every school-owned row to its school; {@code persistence} runs
 * the schema migrations.
 */
package io.parallax.domain;
