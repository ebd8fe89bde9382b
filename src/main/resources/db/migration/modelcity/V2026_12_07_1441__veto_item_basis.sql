-- A veto item can carry its basis (依据), shown only to the office that maintains the standard, as the standard's
-- source note is. The example items began with a bracket meant for developers (【示例，须按正式文件核定】) on pages every
-- candidate reads; the text now reads as an item and the bracket's warning moves into the basis. An item an office
-- wrote itself is left as it is.
alter table modelcity.veto_item add column basis varchar(500);

update modelcity.veto_item
set basis = '示例项：现行考评标准的一票否决项原文未取得，本项为平台示例，须由省双拥办按正式文件核定后使用。',
    text = substr(text, length('【示例，须按正式文件核定】') + 1)
where text like '【示例，须按正式文件核定】%';
