-- The edition the portal shows by default is chosen on purpose by a coordinator (issue 26), never by whichever was
-- published last: the one with the latest headline_since, with the scope note the coordinator wrote.
ALTER TABLE edition ADD COLUMN headline_since TIMESTAMP;
ALTER TABLE edition ADD COLUMN headline_note VARCHAR(500);

-- One state under one name (issue 26: "Distrito Federal" and "Ciudad de México" were listed as two states); new imports
-- fold the same aliases (Area.stateKey).
UPDATE area SET state_key = 'ciudad-de-mexico', state_name = 'Ciudad de México'
 WHERE state_key IN ('distrito-federal', 'mexico-city', 'federal-district', 'cdmx');
UPDATE area SET state_key = 'coahuila', state_name = 'Coahuila' WHERE state_key = 'coahuila-de-zaragoza';
UPDATE area SET state_key = 'michoacan', state_name = 'Michoacán' WHERE state_key = 'michoacan-de-ocampo';
UPDATE area SET state_key = 'veracruz', state_name = 'Veracruz' WHERE state_key = 'veracruz-de-ignacio-de-la-llave';

-- A document's title found in the document itself when the uploader gave only a file name ("pg-001.png"), and where.
ALTER TABLE document ADD COLUMN title_source VARCHAR(300);

-- Evidence an evaluator typed that is not an address or an archive document yet ("www.congreso.gob.mx/…" without a
-- scheme is normalised; anything else is kept here with its problem shown, never discarded).
ALTER TABLE answer ADD COLUMN evidence_draft VARCHAR(4000);
