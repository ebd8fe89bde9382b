package cn.shuangyong.modelcity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A version of the assessment standard with its indicator tree and veto items. {@code version} counts the changes to
 * it: every change to a draft names the one its editor saw.
 */
public record Standard(long id, int versionNo, String title, String sourceNote, boolean published, Long basedOn,
		Instant publishedAt, List<StandardNode> areas, List<VetoItem> vetoItems, int version) {

	/** The scored nodes, in tree order. */
	public List<StandardNode> indicators() {
		return areas.stream().flatMap(a -> a.children().stream()).toList();
	}

	public BigDecimal totalPoints() {
		return areas.stream().map(StandardNode::points).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public String totalText() {
		return Scores.plain(totalPoints());
	}

	/** What must be fixed before this draft can be published; empty when it can. */
	List<String> problemsBeforePublishing() {
		List<String> problems = new ArrayList<>();
		if (areas.isEmpty()) {
			problems.add("考评标准至少要有一个考评项目");
		}
		for (StandardNode area : areas) {
			if (!area.hasChildren()) {
				problems.add("考评项目 " + area.code() + "“" + area.title() + "”下还没有考评内容");
			}
			for (StandardNode indicator : area.children()) {
				if (indicator.points().signum() <= 0) {
					problems.add("考评内容 " + indicator.code() + " 的分值须大于 0");
				}
				if (indicator.hasChildren() && indicator.childPoints().compareTo(indicator.points()) != 0) {
					problems.add("考评内容 " + indicator.code() + " 的分值为 " + indicator.points().stripTrailingZeros().toPlainString()
							+ " 分，其评分要素合计 " + indicator.childPoints().stripTrailingZeros().toPlainString() + " 分，两者须相等");
				}
			}
		}
		return problems;
	}
}
