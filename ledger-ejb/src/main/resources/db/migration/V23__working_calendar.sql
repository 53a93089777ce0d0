-- The working-day calendar (工作日历, issue 10 item 6): deadlines such as the 资金分配结果公告's 15 working days
-- (domain.md §7) are counted on it. Monday to Friday are working days and Saturday and Sunday rest days unless a
-- year's entries say otherwise: a 法定节假日 day (HOLIDAY) rests whatever its weekday, a 调休上班 day (WORKDAY) is a
-- working Saturday or Sunday. The admin maintains each year from the State Council's notice; a year has a row
-- here once its days were entered, so a deadline counted through a year nobody entered can say so.
CREATE TABLE working_calendar_year (
  year       INT          NOT NULL,
  source     VARCHAR(300) NULL,
  updated_by VARCHAR(64)  NOT NULL,
  updated_at DATETIME(3)  NOT NULL,
  CONSTRAINT pk_working_calendar_year PRIMARY KEY (year),
  CONSTRAINT ck_working_calendar_year CHECK (year BETWEEN 2000 AND 2100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE working_calendar_day (
  day  DATE        NOT NULL,
  year INT         NOT NULL,
  kind VARCHAR(10) NOT NULL,
  name VARCHAR(50) NOT NULL,
  CONSTRAINT pk_working_calendar_day PRIMARY KEY (day),
  CONSTRAINT fk_working_calendar_day_year FOREIGN KEY (year) REFERENCES working_calendar_year (year),
  CONSTRAINT ck_working_calendar_day_year CHECK (YEAR(day) = year),
  CONSTRAINT ck_working_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
  -- a weekday is a working day already: a make-up working day is a Saturday (7) or a Sunday (1)
  CONSTRAINT ck_working_calendar_day_workday CHECK (kind = 'HOLIDAY' OR DAYOFWEEK(day) IN (1, 7)),
  CONSTRAINT ck_working_calendar_day_name CHECK (CHAR_LENGTH(TRIM(name)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_working_calendar_day_year ON working_calendar_day (year);

-- the admin replaces a year's days (delete and insert in one transaction) and the year's row records who did
GRANT UPDATE ON working_calendar_year TO '${runtime_user}'@'%';
GRANT UPDATE ON working_calendar_year TO '${runtime_user}'@'localhost';
GRANT DELETE ON working_calendar_day TO '${runtime_user}'@'%';
GRANT DELETE ON working_calendar_day TO '${runtime_user}'@'localhost';

-- Reference data every county needs, seeded only from what is cited (the admin can correct it):
-- 2025: 国务院办公厅关于2025年部分节假日安排的通知，国办发明电〔2024〕12号（2024年11月12日）
--   元旦 1月1日放假1天不调休；春节 1月28日至2月4日，1月26日（周日）、2月8日（周六）上班；清明节 4月4日至6日；
--   劳动节 5月1日至5日，4月27日（周日）上班；端午节 5月31日至6月2日；国庆节、中秋节 10月1日至8日，9月28日（周日）、
--   10月11日（周六）上班。
-- 2026: 国务院办公厅关于2026年部分节假日安排的通知，国办发明电〔2025〕7号（2025年11月4日）
--   元旦 1月1日至3日，1月4日（周日）上班；春节 2月15日至23日，2月14日（周六）、2月28日（周六）上班；清明节 4月4日至6日；
--   劳动节 5月1日至5日，5月9日（周六）上班；端午节 6月19日至21日；中秋节 9月25日至27日；国庆节 10月1日至7日，
--   9月20日（周日）、10月10日（周六）上班。
-- Every day of a holiday span is entered, weekends included, so the calendar names each rest day.
INSERT INTO working_calendar_year (year, source, updated_by, updated_at) VALUES
  (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）', 'migration', '2024-11-12 00:00:00'),
  (2026, '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）', 'migration', '2025-11-04 00:00:00');
INSERT INTO working_calendar_day (day, year, kind, name) VALUES
  ('2025-01-01', 2025, 'HOLIDAY', '元旦'),
  ('2025-01-26', 2025, 'WORKDAY', '春节调休上班'),
  ('2025-01-28', 2025, 'HOLIDAY', '春节'),
  ('2025-01-29', 2025, 'HOLIDAY', '春节'),
  ('2025-01-30', 2025, 'HOLIDAY', '春节'),
  ('2025-01-31', 2025, 'HOLIDAY', '春节'),
  ('2025-02-01', 2025, 'HOLIDAY', '春节'),
  ('2025-02-02', 2025, 'HOLIDAY', '春节'),
  ('2025-02-03', 2025, 'HOLIDAY', '春节'),
  ('2025-02-04', 2025, 'HOLIDAY', '春节'),
  ('2025-02-08', 2025, 'WORKDAY', '春节调休上班'),
  ('2025-04-04', 2025, 'HOLIDAY', '清明节'),
  ('2025-04-05', 2025, 'HOLIDAY', '清明节'),
  ('2025-04-06', 2025, 'HOLIDAY', '清明节'),
  ('2025-04-27', 2025, 'WORKDAY', '劳动节调休上班'),
  ('2025-05-01', 2025, 'HOLIDAY', '劳动节'),
  ('2025-05-02', 2025, 'HOLIDAY', '劳动节'),
  ('2025-05-03', 2025, 'HOLIDAY', '劳动节'),
  ('2025-05-04', 2025, 'HOLIDAY', '劳动节'),
  ('2025-05-05', 2025, 'HOLIDAY', '劳动节'),
  ('2025-05-31', 2025, 'HOLIDAY', '端午节'),
  ('2025-06-01', 2025, 'HOLIDAY', '端午节'),
  ('2025-06-02', 2025, 'HOLIDAY', '端午节'),
  ('2025-09-28', 2025, 'WORKDAY', '国庆节、中秋节调休上班'),
  ('2025-10-01', 2025, 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-02', 2025, 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-03', 2025, 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-04', 2025, 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-05', 2025, 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-06', 2025, 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-07', 2025, 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-08', 2025, 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-11', 2025, 'WORKDAY', '国庆节、中秋节调休上班');
INSERT INTO working_calendar_day (day, year, kind, name) VALUES
  ('2026-01-01', 2026, 'HOLIDAY', '元旦'),
  ('2026-01-02', 2026, 'HOLIDAY', '元旦'),
  ('2026-01-03', 2026, 'HOLIDAY', '元旦'),
  ('2026-01-04', 2026, 'WORKDAY', '元旦调休上班'),
  ('2026-02-14', 2026, 'WORKDAY', '春节调休上班'),
  ('2026-02-15', 2026, 'HOLIDAY', '春节'),
  ('2026-02-16', 2026, 'HOLIDAY', '春节'),
  ('2026-02-17', 2026, 'HOLIDAY', '春节'),
  ('2026-02-18', 2026, 'HOLIDAY', '春节'),
  ('2026-02-19', 2026, 'HOLIDAY', '春节'),
  ('2026-02-20', 2026, 'HOLIDAY', '春节'),
  ('2026-02-21', 2026, 'HOLIDAY', '春节'),
  ('2026-02-22', 2026, 'HOLIDAY', '春节'),
  ('2026-02-23', 2026, 'HOLIDAY', '春节'),
  ('2026-02-28', 2026, 'WORKDAY', '春节调休上班'),
  ('2026-04-04', 2026, 'HOLIDAY', '清明节'),
  ('2026-04-05', 2026, 'HOLIDAY', '清明节'),
  ('2026-04-06', 2026, 'HOLIDAY', '清明节'),
  ('2026-05-01', 2026, 'HOLIDAY', '劳动节'),
  ('2026-05-02', 2026, 'HOLIDAY', '劳动节'),
  ('2026-05-03', 2026, 'HOLIDAY', '劳动节'),
  ('2026-05-04', 2026, 'HOLIDAY', '劳动节'),
  ('2026-05-05', 2026, 'HOLIDAY', '劳动节'),
  ('2026-05-09', 2026, 'WORKDAY', '劳动节调休上班'),
  ('2026-06-19', 2026, 'HOLIDAY', '端午节'),
  ('2026-06-20', 2026, 'HOLIDAY', '端午节'),
  ('2026-06-21', 2026, 'HOLIDAY', '端午节'),
  ('2026-09-20', 2026, 'WORKDAY', '国庆节调休上班'),
  ('2026-09-25', 2026, 'HOLIDAY', '中秋节'),
  ('2026-09-26', 2026, 'HOLIDAY', '中秋节'),
  ('2026-09-27', 2026, 'HOLIDAY', '中秋节'),
  ('2026-10-01', 2026, 'HOLIDAY', '国庆节'),
  ('2026-10-02', 2026, 'HOLIDAY', '国庆节'),
  ('2026-10-03', 2026, 'HOLIDAY', '国庆节'),
  ('2026-10-04', 2026, 'HOLIDAY', '国庆节'),
  ('2026-10-05', 2026, 'HOLIDAY', '国庆节'),
  ('2026-10-06', 2026, 'HOLIDAY', '国庆节'),
  ('2026-10-07', 2026, 'HOLIDAY', '国庆节'),
  ('2026-10-10', 2026, 'WORKDAY', '国庆节调休上班');
