package cn.shuangyong.documents.reading.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.shuangyong.documents.reading.WorkItemDraft;

/**
 * How a draft compares with a notice's annotation. Items are paired by their number in order; a unit counts as
 * found when the paired item names it (in either role), and as found in its role when the role also agrees. Units
 * are compared with full-width and half-width punctuation and spaces set aside, nothing else: a unit that keeps a
 * fragment of the next label, or loses half its name, is wrong.
 */
record CorpusScore(int expectedItems, int foundItems, int matchedItems, int expectedUnits, int foundUnits,
		int matchedUnits, int rightRoles, int inventedUnits) {

	static final CorpusScore ZERO = new CorpusScore(0, 0, 0, 0, 0, 0, 0, 0);

	static CorpusScore of(RealNotice notice, List<WorkItemDraft> drafts) {
		List<WorkItemDraft> unpaired = new ArrayList<>(drafts);
		int matchedItems = 0;
		int expectedUnits = 0;
		int matchedUnits = 0;
		int rightRoles = 0;
		for (RealNotice.ExpectedItem expected : notice.items()) {
			expectedUnits += expected.leads().size() + expected.cooperators().size();
			WorkItemDraft found = pair(expected, unpaired);
			if (found == null) {
				continue;
			}
			unpaired.remove(found);
			matchedItems++;
			List<String> leads = keys(found.leads());
			List<String> cooperators = keys(found.cooperators());
			for (String unit : keys(expected.leads())) {
				int[] taken = take(unit, leads, cooperators);
				matchedUnits += taken[0];
				rightRoles += taken[1];
			}
			for (String unit : keys(expected.cooperators())) {
				int[] taken = take(unit, cooperators, leads);
				matchedUnits += taken[0];
				rightRoles += taken[1];
			}
		}
		int foundUnits = drafts.stream().mapToInt(d -> d.leads().size() + d.cooperators().size()).sum();
		int foundItems = matchedItems + (int) unpaired.stream().filter(CorpusScore::hasUnits).count();
		int invented = notice.items().isEmpty() ? foundUnits : 0;
		return new CorpusScore(notice.items().size(), foundItems, matchedItems, expectedUnits, foundUnits,
				matchedUnits, rightRoles, invented);
	}

	/** Takes the unit from the item's units: {found, found in its own role}. */
	private static int[] take(String unit, List<String> own, List<String> other) {
		if (own.remove(unit)) {
			return new int[] { 1, 1 };
		}
		return other.remove(unit) ? new int[] { 1, 0 } : new int[] { 0, 0 };
	}

	private static boolean hasUnits(WorkItemDraft draft) {
		return !draft.leads().isEmpty() || !draft.cooperators().isEmpty();
	}

	private static WorkItemDraft pair(RealNotice.ExpectedItem expected, List<WorkItemDraft> drafts) {
		String no = number(expected.no());
		return drafts.stream().filter(d -> number(d.no()).equals(no)).findFirst().orElse(null);
	}

	private static String number(String no) {
		return no.replaceAll("[()（）.、\\s]", "");
	}

	private static List<String> keys(List<String> units) {
		return new ArrayList<>(units.stream().map(CorpusScore::key).toList());
	}

	/** A unit as compared: punctuation folded to one width, spaces removed. */
	static String key(String unit) {
		return unit.replace('（', '(').replace('）', ')').replace('，', ',').replace('、', ',').replaceAll("\\s", "")
			.toLowerCase(Locale.ROOT);
	}

	CorpusScore plus(CorpusScore o) {
		return new CorpusScore(expectedItems + o.expectedItems, foundItems + o.foundItems, matchedItems + o.matchedItems,
				expectedUnits + o.expectedUnits, foundUnits + o.foundUnits, matchedUnits + o.matchedUnits,
				rightRoles + o.rightRoles, inventedUnits + o.inventedUnits);
	}

	double unitPrecision() {
		return ratio(matchedUnits, foundUnits);
	}

	double unitRecall() {
		return ratio(matchedUnits, expectedUnits);
	}

	double unitF1() {
		double p = unitPrecision();
		double r = unitRecall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	double roleAccuracy() {
		return ratio(rightRoles, matchedUnits);
	}

	private static double ratio(int part, int whole) {
		return whole == 0 ? 1.0 : (double) part / whole;
	}

	String row(String label) {
		return String.format(Locale.ROOT, "| %s | %d/%d (%d) | %d/%d/%d | %.2f | %.2f | %.2f | %.2f | %d |", label,
				matchedItems, expectedItems, foundItems, matchedUnits, foundUnits, expectedUnits, unitPrecision(),
				unitRecall(), unitF1(), roleAccuracy(), inventedUnits);
	}

	static String header() {
		return "| notice | items matched/expected (found) | units matched/found/expected | precision | recall | F1 | "
				+ "role accuracy | invented |\n|---|---|---|---|---|---|---|---|";
	}
}
