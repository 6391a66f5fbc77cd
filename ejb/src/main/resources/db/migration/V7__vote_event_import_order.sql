-- The search index of vote events catches up with the database by import time (vote.application.RecordSearchSync):
-- every round asks for what was imported in the last minutes.
CREATE INDEX vote_event_imported ON vote_event (imported_at);
