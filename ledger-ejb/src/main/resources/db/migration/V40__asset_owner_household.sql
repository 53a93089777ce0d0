-- A 到户类 asset's owner at the level 农户 names the household of the register it is (issue 12 item 4 follow-up):
-- until now an owner was a name, a region and a share, and a household's page found "its" asset only when the
-- owner's name carried its household number. The link is nullable (a collective owner names no household) and
-- indexed, so that a household's page reads its own assets by it. asset_owner is replaced by each 确权, so there
-- are no rows to fill: an asset confirmed before this migration keeps its owners as names until it is confirmed again.
-- The portal's view public_asset_owner lists its columns and leaves household owners out, so it is unchanged.
ALTER TABLE asset_owner ADD COLUMN household_id BIGINT NULL AFTER region_code,
  ADD CONSTRAINT fk_asset_owner_household FOREIGN KEY (household_id) REFERENCES household (id);
CREATE INDEX ix_asset_owner_household ON asset_owner (household_id, asset_id);
