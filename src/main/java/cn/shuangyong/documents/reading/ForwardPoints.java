package cn.shuangyong.documents.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * The forwarding office's own points (贯彻意见) in a forward's body: the headings at the highest numbering level
 * the body uses, each as written up to its first full stop.
 */
final class ForwardPoints {

	private ForwardPoints() {
	}

	static List<String> read(List<String> lines, List<String> folded, int from, int to) {
		Numbering top = null;
		for (int i = from; i < to; i++) {
			Numbering.NumberedLine n = Numbering.of(folded.get(i));
			if (n != null && (top == null || n.level().isAbove(top))) {
				top = n.level();
			}
		}
		List<String> points = new ArrayList<>();
		for (int i = from; i < to && top != null; i++) {
			Numbering.NumberedLine n = Numbering.of(folded.get(i));
			if (n != null && n.level() == top) {
				points.add(PlanBody.heading(lines.get(i), folded.get(i)));
			}
		}
		return points;
	}
}
