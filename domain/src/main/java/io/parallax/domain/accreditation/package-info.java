/**
 * Accreditation: what a program leads to and the hours that count toward it. A shipped {@link
 * io.parallax.domain.accreditation.AccreditationStandard} (ICF ACC, PCC; EMCC EIA levels) holds a
 * credentialing body's figures as data; a school copies one into its own {@link
 * io.parallax.domain.accreditation.AccreditationTrack} and adjusts it. A trainee's client sessions,
 * supervision sessions, {@link io.parallax.domain.accreditation.MentorCoaching} and {@link
 * io.parallax.domain.accreditation.CpdEntry} records become {@link
 * io.parallax.domain.accreditation.HourEntry} values, and {@link
 * io.parallax.domain.accreditation.Readiness} sets them against the track's {@link
 * io.parallax.domain.accreditation.Figures}: pure arithmetic, no persistence. Only approved hours
 * count: a trainee submits a period as a {@link io.parallax.domain.accreditation.HourSubmission},
 * which their supervisor approves or returns; a waiting or approved period locks the entries on its
 * days ({@link io.parallax.domain.accreditation.ApprovalLocked}) until the trainee reopens it.
 */
package io.parallax.domain.accreditation;
