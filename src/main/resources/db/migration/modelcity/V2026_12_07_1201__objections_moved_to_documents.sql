-- The model city's 公示 objections now live in documents.objection (V2026_12_07_1200 copied them there); the
-- campaign keeps its 公示 period for its own rules and finds its 公示 by subject.
drop table modelcity.objection;
