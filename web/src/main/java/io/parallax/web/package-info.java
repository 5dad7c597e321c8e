/**
 * The web face of Parallax, cut by business area like the {@code ejb} module: each area package
 * holds its pages (PrimeFaces views and backing beans) and its REST resources under {@code
 * /api/v1}, so one use case is one package here and one in {@code ejb} — {@code practice} (a
 * trainee's clients, contracts, client sessions, progress), {@code supervision} (caseload,
 * recording a supervision session, a supervisee's timeline), {@code assessment} (contracting grades
 * and developmental stages), {@code school} (programs, cohorts, members, assignments), {@code
 * analysis} (cohort reports, drill-down, exports) and {@code platform} (onboarding schools,
 * readiness). Only what every area shares sits apart: {@code api} for what every REST resource
 * shares (problem details, versions and If-Match, paging, date parameters), {@code security} for
 * who is calling, and this root package for what every page shares (the home page, the one
 * page-message helper {@code Messages}, the words for codes and dates ({@code Words}), the
 * not-after-today date check, the refusal pages, lazy service tables). Nothing here hands an entity
 * out; it shows the records the services return.
 */
package io.parallax.web;
