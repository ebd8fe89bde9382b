package cn.shuangyong.documents.reading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan's body into section headings and item paragraphs. The items are the numbering level that carries
 * the assignments (or, when no level does, the deepest of 一、（一）1.); the levels above it are sections. An item
 * runs over broken lines until the next item or heading; a blank line ends it only once its sentence and its
 * parentheses are closed, and a closing assignment （…牵头…） ends it at once. A heading that names a lead for all
 * it holds (一、县民政局牵头工作（8项）) assigns the items under it that name none of their own, and an item that the
 * end of the text cuts off is marked so, for its last words may be a fragment of a unit's name.
 */
final class PlanBody {

	// 牵头部门的应急机构 speaks of lead departments in general; it assigns nothing.
	private static final Pattern ASSIGNMENT_HINT = Pattern.compile(
			"(?=[牵负责配参])(?:牵头|负责|责任单位|配合单位|参加单位)(?!(?:部门|单位)?的)");
	private static final Pattern STANDALONE_ASSIGNMENT = Pattern.compile("^[（〔][^（〔]*(?:[（(][^）)]*[）)][^（〔]*)*[）〕][。；]?$");
	// A heading that is nothing but a lead: 一、X牵头工作（8项） / （二）由X、Y负责的任务 / 三、X牵头.
	private static final Pattern SECTION_LEAD = Pattern.compile(
			"^(?:由)?([^，。；：！？“”《》]{2,60}?)(?:牵头负责|牵头|负责|主责)(?:的)?(?:工作|任务|事项|项目)?(?:（[^（）]*）)?[：。]?$");
	private static final Pattern LABEL_LINE = Pattern.compile("^" + AssignmentLabels.LABEL.pattern());
	// What follows the body of an official document: the copy list, the issuing date, the printing line.
	private static final Pattern END = Pattern.compile(
			"^(?:抄送|抄报|分送)：|^\\d{4}年\\d{1,2}月\\d{1,2}日(?:印发)?$|^\\S.{0,30}\\s+\\d{4}年\\d{1,2}月\\d{1,2}日印发$");

	private PlanBody() {
	}

	static Contents read(List<String> lines, List<String> folded, int from, int to) {
		Numbering itemLevel = itemLevel(folded, from, to);
		List<String> sections = new ArrayList<>();
		List<ItemParagraph> items = new ArrayList<>();
		if (itemLevel == null) {
			return new Contents(sections, items);
		}
		String section = null;
		Map<Numbering, String> sectionLeads = new EnumMap<>(Numbering.class);
		OpenItem open = null;
		int lastNo = 0;
		boolean ended = false;
		for (int i = from; i < to; i++) {
			String line = lines.get(i);
			String f = folded.get(i);
			if (line.isEmpty()) {
				if (open != null && open.isComplete()) {
					open.close();
				}
				continue;
			}
			if (endsBody(f)) {
				if (open != null) {
					open.dropSignature();
				}
				ended = true;
				break;
			}
			Numbering.NumberedLine n = Numbering.of(f);
			if (n != null && n.level().isAbove(itemLevel)) {
				flush(open, items);
				open = null;
				section = heading(line, f);
				sections.add(section);
				sectionLeads.keySet().removeIf(level -> !level.isAbove(n.level()));
				String lead = sectionLead(line, f, n);
				if (lead != null) {
					sectionLeads.put(n.level(), lead);
				}
			}
			else if (n != null && n.level() == itemLevel && startsItem(n, lastNo, open)) {
				flush(open, items);
				open = new OpenItem(n.label(), section, deepest(sectionLeads));
				open.add(line.substring(n.textStart()));
				lastNo = n.value();
			}
			else if (open != null && (!open.isClosed() || LABEL_LINE.matcher(f).find())) {
				open.add(line);
			}
		}
		if (open != null && !ended && !open.isComplete()) {
			open.cutByTheEnd();
		}
		flush(open, items);
		return new Contents(sections, items);
	}

	/** The lead a heading names for everything under it (县示范区管委会 of 一、县示范区管委会牵头工作（8项）), or null. */
	static String sectionLead(String line, String folded, Numbering.NumberedLine n) {
		String rest = folded.substring(n.textStart()).strip();
		Matcher m = SECTION_LEAD.matcher(rest);
		if (!m.matches() || !UnitPhrases.endsLikeUnit(m.group(1))) {
			return null;
		}
		int start = n.textStart() + folded.substring(n.textStart()).indexOf(rest);
		return line.substring(start + m.start(1), start + m.end(1));
	}

	private static String deepest(Map<Numbering, String> sectionLeads) {
		String lead = null;
		for (String l : sectionLeads.values()) {
			lead = l;
		}
		return lead;
	}

	private static boolean endsBody(String folded) {
		boolean candidate = folded.charAt(0) == '抄' || folded.startsWith("分送") || folded.endsWith("日")
				|| folded.endsWith("印发");
		return candidate && END.matcher(folded).find();
	}

	/** A heading as written up to its first full stop: 一、加强组织领导。各地要… gives 一、加强组织领导. */
	static String heading(String line, String folded) {
		int stop = folded.indexOf('。');
		String heading = stop < 0 ? line : line.substring(0, stop);
		return heading.endsWith("：") || heading.endsWith(":") ? heading.substring(0, heading.length() - 1) : heading;
	}

	/**
	 * Accepts the next number, a restart at 1 (numbering per section), or a gap after a finished item; any other
	 * number at the start of a line is a page or editor break inside the item (…不少于 / 1篇…).
	 */
	private static boolean startsItem(Numbering.NumberedLine n, int lastNo, OpenItem open) {
		if (lastNo == 0 || n.value() == lastNo + 1 || n.value() == 1) {
			return true;
		}
		return n.value() > lastNo && (open == null || open.isClosed() || open.isComplete());
	}

	private static Numbering itemLevel(List<String> folded, int from, int to) {
		Set<Numbering> present = EnumSet.noneOf(Numbering.class);
		Map<Numbering, Integer> assignments = new EnumMap<>(Numbering.class);
		Nesting nesting = new Nesting();
		Numbering leadHeading = null;
		for (int i = from; i < to; i++) {
			Numbering.NumberedLine n = Numbering.of(folded.get(i));
			if (n != null) {
				present.add(n.level());
				nesting.enter(n.level());
				// The lines numbered under a heading that names their lead are assigned by it.
				if (sectionLead(folded.get(i), folded.get(i), n) != null) {
					leadHeading = n.level();
					continue;
				}
				if (leadHeading != null && !leadHeading.isAbove(n.level())) {
					leadHeading = null;
				}
				if (leadHeading != null && !ASSIGNMENT_HINT.matcher(folded.get(i)).find()) {
					assignments.merge(n.level(), 1, Integer::sum);
				}
			}
			if (nesting.current() != null && ASSIGNMENT_HINT.matcher(folded.get(i)).find()) {
				assignments.merge(nesting.assignedLevel(STANDALONE_ASSIGNMENT.matcher(folded.get(i)).matches()), 1,
						Integer::sum);
			}
		}
		Numbering level = null;
		for (Map.Entry<Numbering, Integer> e : assignments.entrySet()) {
			if (level == null || e.getValue() >= assignments.get(level)) {
				level = e.getKey();
			}
		}
		return level != null ? level : deepest(present);
	}

	/**
	 * The numbering levels open at a line, outermost first. An assignment standing on a line of its own after two or
	 * more points that had none belongs to the level that holds those points: 1.完善应急预案体系 (1)… (2)… (3)…
	 * (4)… （责任单位：…） assigns item 1, and (1) to (4) are its points.
	 */
	private static final class Nesting {

		private final java.util.Deque<Numbering> open = new java.util.ArrayDeque<>();
		private final Map<Numbering, Integer> siblings = new EnumMap<>(Numbering.class);
		private final Set<Numbering> assigned = EnumSet.noneOf(Numbering.class);

		void enter(Numbering level) {
			while (!open.isEmpty() && !open.peek().isAbove(level)) {
				Numbering closed = open.pop();
				if (closed != level) {
					siblings.remove(closed);
					assigned.remove(closed);
				}
			}
			for (Numbering deeper : Numbering.values()) {
				if (level.isAbove(deeper)) {
					siblings.remove(deeper);
					assigned.remove(deeper);
				}
			}
			open.push(level);
			siblings.merge(level, 1, Integer::sum);
		}

		Numbering current() {
			return open.peek();
		}

		Numbering assignedLevel(boolean standalone) {
			Numbering level = open.peek();
			if (standalone && open.size() > 1 && siblings.getOrDefault(level, 0) > 1 && !assigned.contains(level)) {
				return open.stream().skip(1).findFirst().orElse(level);
			}
			assigned.add(level);
			return level;
		}
	}

	/** With no assignments to go by, the deepest level; （1） are points inside items unless nothing else is numbered. */
	private static Numbering deepest(Set<Numbering> present) {
		Numbering deepest = null;
		for (Numbering level : present) {
			if (level != Numbering.ARABIC_IN_PARENTHESES || present.size() == 1) {
				deepest = level;
			}
		}
		return deepest;
	}

	private static void flush(OpenItem open, List<ItemParagraph> items) {
		if (open != null) {
			items.add(open.paragraph());
		}
	}

	/** The plan's section headings and its items, before their assignments are read. */
	record Contents(List<String> sections, List<ItemParagraph> items) {
	}

	/** One numbered item's text as written, joined over its broken lines. */
	record ItemParagraph(String no, String section, String text, String sectionLead, boolean cut) {
	}
}
