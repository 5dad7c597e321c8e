package io.parallax.ejb.analysis;

import java.util.UUID;

/**
 * One group the database aggregated for a trend: the sessions of one kind that one trainee held in
 * one period while in one career band.
 */
public record TrendRow(
    SessionKind kind, long period, UUID trainee, CareerBand band, ContractingTally tally) {}
