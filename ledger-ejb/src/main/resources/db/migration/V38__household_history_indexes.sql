-- A household's page (issue 12 item 4) lists the assets whose income it shares: those of which its village's or its
-- natural village's collective is an owner. asset_owner was read only by its asset until now (its primary key); this
-- index makes "the assets of an owner region" a range read instead of a scan of every owner row of the county.
CREATE INDEX ix_asset_owner_region ON asset_owner (region_code, asset_id);
