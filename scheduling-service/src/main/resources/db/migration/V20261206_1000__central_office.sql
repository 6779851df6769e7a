-- Issue 12: an office may be its municipality's central office (sede centrale) of the secretariat;
-- researchers measure decentralisation against it. Offices created before were none, as their
-- events (without the property) say, so the default is false. The one-per-municipality rule is a
-- claim in registry_id (kind CENTRAL_OFFICE, id the municipality's), not a constraint on this read
-- model, which is emptied and rebuilt.
ALTER TABLE office ADD COLUMN central boolean NOT NULL DEFAULT false;
