-- The economic classes a budget source has no column for, by year ("2013:pensions"): the Cuenta Pública had no
-- pensions column before 2016, and such a figure is absent, not zero (docs/budgets.md).
ALTER TABLE budget_source ADD COLUMN unpublished_classes VARCHAR(500) DEFAULT '' NOT NULL;
