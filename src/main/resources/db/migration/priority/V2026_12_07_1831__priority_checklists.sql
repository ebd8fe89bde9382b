-- The first checklists, built from policy-facts §8. Editions by the date the rules took effect:
--   1 (2020-01-01): the checklist for 2020's inspections, on the rules then in force (军人抚恤优待条例 2019, Art. 36);
--   2 (2021-08-01): 军人地位和权益保障法 in force (Arts. 51, 57, 60, 61); 兵役法 (2021) Art. 49 for finance;
--   3 (2024-10-01): 军人抚恤优待条例 revised (Art. 52) for the transport sectors.
-- Sectors whose rules did not change keep their earlier edition. Where policy-facts gives no clause the item says
-- so and is unverified (待核实); it is kept, so an inspection may still record it.
insert into priority.checklist (sector, edition, effective_from, basis) values
  ('CIVIL_AVIATION', 1, '2020-01-01', '《军人抚恤优待条例》（2019）'),
  ('RAILWAY', 1, '2020-01-01', '《军人抚恤优待条例》（2019）；铁路“军人依法优先”服务做法（2017年8月1日起）'),
  ('COACH', 1, '2020-01-01', '《军人抚恤优待条例》（2019）'),
  ('CITY_TRANSIT', 1, '2020-01-01', '《军人抚恤优待条例》（2019）'),
  ('HOSPITAL', 1, '2020-01-01', '2020年适用条款待核实'),
  ('BANK', 1, '2020-01-01', '2020年适用条款待核实'),
  ('TELECOM', 1, '2020-01-01', '2020年适用条款待核实'),
  ('CULTURE_TOURISM', 1, '2020-01-01', '2020年适用条款待核实'),
  ('JUSTICE', 1, '2020-01-01', '2020年适用条款待核实'),
  ('CIVIL_AVIATION', 2, '2021-08-01', '《军人地位和权益保障法》（2021）'),
  ('RAILWAY', 2, '2021-08-01', '《军人地位和权益保障法》（2021）'),
  ('COACH', 2, '2021-08-01', '《军人地位和权益保障法》（2021）'),
  ('CITY_TRANSIT', 2, '2021-08-01', '《军人地位和权益保障法》（2021）'),
  ('HOSPITAL', 2, '2021-08-01', '《军人地位和权益保障法》（2021）'),
  ('BANK', 2, '2021-08-01', '《兵役法》（2021）'),
  ('CULTURE_TOURISM', 2, '2021-08-01', '《军人地位和权益保障法》（2021）'),
  ('JUSTICE', 2, '2021-08-01', '《军人地位和权益保障法》（2021）'),
  ('CIVIL_AVIATION', 3, '2024-10-01', '《军人地位和权益保障法》（2021）；《军人抚恤优待条例》（2024）'),
  ('RAILWAY', 3, '2024-10-01', '《军人地位和权益保障法》（2021）；《军人抚恤优待条例》（2024）'),
  ('COACH', 3, '2024-10-01', '《军人地位和权益保障法》（2021）；《军人抚恤优待条例》（2024）'),
  ('CITY_TRANSIT', 3, '2024-10-01', '《军人地位和权益保障法》（2021）；《军人抚恤优待条例》（2024）');

insert into priority.checklist_item (checklist_id, position, text, clause, clause_note, verified)
select c.id, i.position, i.text, i.clause, i.clause_note, i.verified
from priority.checklist c
join (values
  ('CIVIL_AVIATION', 1, 1, '军人凭有效证件优先购票、优先乘机', '《军人抚恤优待条例》（2019）第三十六条', null, true),
  ('CIVIL_AVIATION', 1, 2, '残疾军人凭《残疾军人证》按规定享受票价优待', '《军人抚恤优待条例》（2019）第三十六条', null, true),
  ('CIVIL_AVIATION', 1, 3, '设有军人依法优先标识和优先窗口（通道）', null, '现有资料未给出条款依据', false),
  ('RAILWAY', 1, 1, '军人凭有效证件优先购票、优先乘车', '《军人抚恤优待条例》（2019）第三十六条', null, true),
  ('RAILWAY', 1, 2, '残疾军人凭《残疾军人证》享受减收正常票价50%的优待', '《军人抚恤优待条例》（2019）第三十六条', null, true),
  ('RAILWAY', 1, 3, '随行家属（至多2人）同享优先，无需出示亲属关系证明', null, '铁路部门做法，见于二手资料，待核对官方文本', false),
  ('COACH', 1, 1, '军人凭有效证件优先购票、优先乘车', '《军人抚恤优待条例》（2019）第三十六条', null, true),
  ('COACH', 1, 2, '残疾军人凭《残疾军人证》享受减收正常票价50%的优待', '《军人抚恤优待条例》（2019）第三十六条', null, true),
  ('CITY_TRANSIT', 1, 1, '残疾军人免费乘坐市内公共汽车、电车和轨道交通工具', '《军人抚恤优待条例》（2019）第三十六条', null, true),
  ('CITY_TRANSIT', 1, 2, '现役军人乘坐市内公共交通按当地人民政府规定享受优待', '《军人抚恤优待条例》（2019）第三十六条', null, true),
  ('HOSPITAL', 1, 1, '为军人提供优先挂号、就诊、取药等优待服务', null, '2020年适用条款待核实', false),
  ('HOSPITAL', 1, 2, '设有军人优先窗口和标识', null, '现有资料未给出条款依据', false),
  ('BANK', 1, 1, '为军人提供优先办理金融业务的服务', null, '2020年适用条款待核实', false),
  ('TELECOM', 1, 1, '为军人提供优先办理电信业务的服务', null, '现有资料未给出条款依据', false),
  ('CULTURE_TOURISM', 1, 1, '军人凭有效证件优先并优惠参观游览', null, '2020年适用条款待核实', false),
  ('JUSTICE', 1, 1, '涉军案件优先立案、审理和执行', null, '2020年适用条款待核实', false),
  ('JUSTICE', 1, 2, '军人军属优先获得法律援助和司法救助', null, '2020年适用条款待核实', false),
  ('CIVIL_AVIATION', 2, 1, '军人、烈士等遗属及随同出行的家属优先购票、优先乘机', '《军人地位和权益保障法》第五十七条', null, true),
  ('CIVIL_AVIATION', 2, 2, '残疾军人按规定享受票价优惠', '《军人地位和权益保障法》第五十七条', null, true),
  ('CIVIL_AVIATION', 2, 3, '设有军人依法优先标识和优先窗口（通道）', null, '现有资料未给出条款依据', false),
  ('RAILWAY', 2, 1, '军人、烈士等遗属及随同出行的家属优先购票、优先乘车', '《军人地位和权益保障法》第五十七条', null, true),
  ('RAILWAY', 2, 2, '残疾军人按规定享受票价优惠', '《军人地位和权益保障法》第五十七条', null, true),
  ('COACH', 2, 1, '军人、烈士等遗属及随同出行的家属优先购票、优先乘车', '《军人地位和权益保障法》第五十七条', null, true),
  ('COACH', 2, 2, '残疾军人按规定享受票价优惠', '《军人地位和权益保障法》第五十七条', null, true),
  ('CITY_TRANSIT', 2, 1, '现役军人免费乘坐市内公共汽车、电车、轮渡和轨道交通工具', '《军人地位和权益保障法》第五十七条', null, true),
  ('CITY_TRANSIT', 2, 2, '残疾军人享受票价优惠', '《军人地位和权益保障法》第五十七条', null, true),
  ('HOSPITAL', 2, 1, '公立医疗机构为军人就医提供优待服务', '《军人地位和权益保障法》第五十一条', null, true),
  ('HOSPITAL', 2, 2, '军人家属和烈士等遗属就医享受优待', '《军人地位和权益保障法》第五十一条', null, true),
  ('BANK', 2, 1, '为军人提供金融服务优待', '《兵役法》（2021）第四十九条', null, true),
  ('CULTURE_TOURISM', 2, 1, '军人、军人家属和烈士等遗属参观游览公园、博物馆、纪念馆、展览馆、名胜古迹享受优先、优惠', '《军人地位和权益保障法》第五十七条', null, true),
  ('JUSTICE', 2, 1, '人民法院对涉军案件优先立案、审理和执行', '《军人地位和权益保障法》第六十条', null, true),
  ('JUSTICE', 2, 2, '军人军属优先获得法律援助和司法救助', '《军人地位和权益保障法》第六十一条', null, true),
  ('CIVIL_AVIATION', 3, 1, '军人凭军官证、军士证、义务兵证、学员证在购票、安检、候乘、通行时优先，随行家属同享', '《军人抚恤优待条例》（2024）第五十二条；《军人地位和权益保障法》第五十七条', null, true),
  ('CIVIL_AVIATION', 3, 2, '残疾军人凭《残疾军人证》享受减收正常票价50%的优待', '《军人抚恤优待条例》（2024）第五十二条', null, true),
  ('CIVIL_AVIATION', 3, 3, '设有军人依法优先标识和优先窗口（通道）', null, '现有资料未给出条款依据', false),
  ('RAILWAY', 3, 1, '军人凭军官证、军士证、义务兵证、学员证在购票、安检、候乘、通行时优先，随行家属同享', '《军人抚恤优待条例》（2024）第五十二条；《军人地位和权益保障法》第五十七条', null, true),
  ('RAILWAY', 3, 2, '残疾军人凭《残疾军人证》享受减收正常票价50%的优待', '《军人抚恤优待条例》（2024）第五十二条', null, true),
  ('COACH', 3, 1, '军人凭军官证、军士证、义务兵证、学员证在购票、安检、候乘、通行时优先，随行家属同享', '《军人抚恤优待条例》（2024）第五十二条；《军人地位和权益保障法》第五十七条', null, true),
  ('COACH', 3, 2, '残疾军人凭《残疾军人证》享受减收正常票价50%的优待', '《军人抚恤优待条例》（2024）第五十二条', null, true),
  ('CITY_TRANSIT', 3, 1, '现役军人和残疾军人免费乘坐市内公共交通工具', '《军人抚恤优待条例》（2024）第五十二条；《军人地位和权益保障法》第五十七条', null, true)
) as i(sector, edition, position, text, clause, clause_note, verified)
  on c.sector = i.sector and c.edition = i.edition;
