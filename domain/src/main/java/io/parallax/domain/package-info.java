/**
 * The Parallax domain: the records a coaching school keeps about contracting practice, supervision
 * and development, with the rules that make them mean what a coach supervisor means. Entities live
 * by business area ({@code school}, {@code practice}, {@code supervision}, {@code assessment},
 * {@code analysis}, {@code audit}) with the shared {@code contracting} vocabulary; {@code tenancy}
 * ties every school-owned row to its school; {@code persistence} runs the schema migrations. The
 * refusals every area raises ({@link io.parallax.domain.DomainRuleViolation}, {@link
 * io.parallax.domain.ConcurrentEdit}) sit here.
 */
package io.parallax.domain;
