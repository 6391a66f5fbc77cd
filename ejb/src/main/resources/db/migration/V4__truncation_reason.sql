-- Why a document's text is incomplete (a limit cut it, a bomb was skipped, embedded files were unreadable), in
-- plain Spanish for the document page; null when the text is whole.
ALTER TABLE document ADD COLUMN truncation_reason VARCHAR(500);
