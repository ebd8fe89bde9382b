package cn.shuangyong.documents.reading;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which measure word counts a thing, when a target offers two (1篇（部）, 2个（次）, 3场（次）): Chinese counts
 * writings in 篇, films and videos in 部, meetings and performances in 场, acts in 次, places and bodies in 个,
 * issues of a board or a course in 期, matters in 件, projects in 项, people in 人 or 名 and households in 户.
 * The table goes by the ending of the thing's name, as the measure word does; a thing it does not know takes the
 * first measure word written.
 */
final class Classifiers {

	private static final Map<String, Pattern> ENDINGS_BY_UNIT = new LinkedHashMap<>();

	static {
		ENDINGS_BY_UNIT.put("篇", ending("文|文章|稿|稿件|论文|章|成果|报告|调研报告|信息|简报|材料|案例|故事|评论|通讯|报道"));
		ENDINGS_BY_UNIT.put("部", ending("片|短片|视频|电影|影片|剧|作品|动漫|纪录片|专题片"));
		ENDINGS_BY_UNIT.put("场", ending("会|晚会|报告会|招聘会|座谈会|活动|演出|讲座|培训|展览|比赛|竞赛|宣讲|展演"));
		ENDINGS_BY_UNIT.put("次", ending("检查|督查|督导|演练|走访|慰问|研究|调研|会商|巡查|抽查|接待|家访"));
		ENDINGS_BY_UNIT.put("个", ending("站|点|基地|中心|阵地|单位|项目|典型|组织|窗口|专栏|社区|村"));
		ENDINGS_BY_UNIT.put("期", ending("栏|宣传栏|板报|黑板报|展板|刊|专刊|期刊|班|培训班|节目"));
		ENDINGS_BY_UNIT.put("件", ending("事|实事|好事|案件|提案|建议|诉求|信访"));
		ENDINGS_BY_UNIT.put("项", ending("工程|措施|制度|任务|政策|工作|课题|服务"));
		ENDINGS_BY_UNIT.put("人", ending("人员|人才|干部|军人|家属|军属|士兵|学员|志愿者|代表|模范|老兵"));
		ENDINGS_BY_UNIT.put("户", ending("家庭|户|烈属|困难户|优抚对象"));
	}

	private Classifiers() {
	}

	private static Pattern ending(String endings) {
		return Pattern.compile("(?:" + endings + ")$");
	}

	static String unitFor(String thing, String unit, String alternative) {
		if (alternative == null) {
			return unit;
		}
		String folded = Folded.fold(thing);
		for (String candidate : new String[] { unit, alternative }) {
			Pattern endings = ENDINGS_BY_UNIT.get(candidate);
			if (endings != null && endings.matcher(folded).find()) {
				return candidate;
			}
		}
		return unit;
	}
}
