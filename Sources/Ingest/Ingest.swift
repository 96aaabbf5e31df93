/// The nightly ingestion job (see `docstruct ingest`).
public enum IngestModule {}
