-- The compliance dashboard counts a legislature's current documents by type with their newest date
-- (compliance.infrastructure.SqlPortalHoldings); this index answers it without reading the documents' rows.
CREATE INDEX ix_document_compliance ON document (legislature_id, document_type, is_current, status, document_date);
-- A legislature's latest budget year by stage (its budget body has the legislature's id).
CREATE INDEX ix_budget_line_latest ON budget_line (body_id, stage, budget_year);
