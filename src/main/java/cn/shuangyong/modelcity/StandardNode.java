package cn.shuangyong.modelcity;

import java.math.BigDecimal;
import java.util.List;

/**
 * One node of the indicator tree with its children. {@code code} is its number in the tree (2, 2.1, 2.1.3). An area's
 * points are the sum of its indicators'; an indicator is scored on its own points, which its sub-points, if any,
 * break down.
 */
public record StandardNode(long id, Long parentId, NodeKind kind, int position, String code, String title,
		BigDecimal points, String evidence, String scoring, List<StandardNode> children) {

	public boolean hasChildren() {
		return !children.isEmpty();
	}

	public String pointsText() {
		return Scores.plain(points);
	}

	BigDecimal childPoints() {
		return children.stream().map(StandardNode::points).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
