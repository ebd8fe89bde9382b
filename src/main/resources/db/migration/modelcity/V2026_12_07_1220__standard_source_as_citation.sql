-- The example standard's source note cited second-hand web pages by address on a page officials read. It now cites the
-- documents by title and date (modelcity/example-standard.txt, which a fresh database loads); an example standard
-- loaded before is corrected here. A note an office wrote itself is left as it is.
update modelcity.standard
set source_note = '本标准为示例数据，须由省双拥办按正式文件修改后使用。依据：八个考评项目取自《双拥模范城(县)创建命名管理办法》（2019年修订）所列基本标准；“组织领导坚强有力”的五项考评内容及分值、“宣传教育广泛深入”的5分参照《全国双拥模范城(县)考评标准(试行)》；其余考评内容、分值、所需材料和一票否决项为示例，正式分值以省双拥办发布的考评细则为准。'
where source_note like '%m.1wenmi.com%';
