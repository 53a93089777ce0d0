-- The register's list answers a count and a sum of 原值 over every asset the filters match, then one page. With the
-- class and status indexes of V25 the sum read each matching row from the table (100,000 assets of a county: tens
-- of thousands of row lookups per request). These indexes carry every column the totals filter on and the 原值
-- they add up, so the count and the sum are read from the index alone, whichever of region, class, status and
-- owner level the user chose; the page itself keeps walking ix_asset_place in the list's order.
DROP INDEX ix_asset_class ON asset;
DROP INDEX ix_asset_status ON asset;
CREATE INDEX ix_asset_class ON asset (asset_class, natural_village_code, status, owner_level, original_value);
CREATE INDEX ix_asset_status ON asset (status, natural_village_code, asset_class, owner_level, original_value);
CREATE INDEX ix_asset_place_totals ON asset (natural_village_code, asset_class, status, owner_level, original_value);
