-- The compliance dashboard counts a legislature's current documents by type with their newest date
-- (compliance.infrastructure.SqlPortalHoldings); this index answers it without reading the documents' rows.
CREATE INDEX ix_document_compliance ON document (legislature_id, document_type, is_current, status, document_date);
