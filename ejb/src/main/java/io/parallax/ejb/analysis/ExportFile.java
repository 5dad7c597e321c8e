package io.parallax.ejb.analysis;

/** A ready export's file: its name, media type and bytes. */
public record ExportFile(String fileName, String mediaType, byte[] content) {}
