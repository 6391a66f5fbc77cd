-- What the archive found out by itself (docs/archive.md): the pages read by OCR and the engine's mean confidence, the
-- source of a date or type inferred from the document (null when the uploader or an editor gave it), and the
-- container a document was unpacked from (an archive's entry, an e-mail's attachment, an mbox's message).
ALTER TABLE document ADD COLUMN ocr_pages VARCHAR(500);
ALTER TABLE document ADD COLUMN ocr_confidence DOUBLE PRECISION;
ALTER TABLE document ADD COLUMN date_source VARCHAR(300);
ALTER TABLE document ADD COLUMN type_source VARCHAR(300);
ALTER TABLE document ADD COLUMN parent_document_id BIGINT REFERENCES document (id);
CREATE INDEX ix_document_parent ON document (parent_document_id);
