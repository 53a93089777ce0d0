-- The date on a plan step's paper (the village's submission, the township's 批复) when it was entered on a later day:
-- NULL when the step was decided the day it was recorded. The plan notice's period may not start before the
-- approval's day, and a county enters its 批复 after signing it, so the rule needs the date, not the recording time.
-- distribution_step stays insert-only (its BEFORE UPDATE/DELETE triggers of V34 are untouched).
ALTER TABLE distribution_step ADD COLUMN decided_on DATE NULL AFTER opinion;
