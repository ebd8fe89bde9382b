package cn.shuangyong.priority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/** A new edition of a sector's checklist: from which day, on what basis, with which items. */
public record NewChecklistEdition(Sector sector, LocalDate effectiveFrom, String basis, List<Item> items) {

	/** An item as entered: its clause, or a note that no clause is known yet (then it is unverified). */
	public record Item(String text, String clause, String clauseNote) {

		boolean verified() {
			return clause != null;
		}
	}

	public static NewChecklistEdition of(String sector, LocalDate effectiveFrom, String basis, List<Item> items) {
		List<String> problems = new ArrayList<>();
		Sector parsed = Sector.parse(sector).orElse(null);
		if (parsed == null) {
			problems.add("行业：请选择民航、铁路、公路客运、城市公交、医院、银行、电信、公园景区博物馆或法院/法律援助");
		}
		if (effectiveFrom == null) {
			problems.add("施行日期：请填写");
		}
		String cleanBasis = FreeText.required(basis, "制定依据", 500, problems);
		List<Item> clean = new ArrayList<>();
		if (items == null || items.isEmpty()) {
			problems.add("检查项：至少一项");
		}
		else {
			for (int i = 0; i < items.size(); i++) {
				Item item = items.get(i);
				String label = "第" + (i + 1) + "项检查项";
				String text = item == null ? "" : FreeText.clean(item.text());
				if (text.isEmpty() || text.length() > 500 || FreeText.hasControl(item.text())) {
					problems.add(label + "：内容不能为空，不超过500字");
					continue;
				}
				String clause = blankToNull(item.clause());
				String note = blankToNull(item.clauseNote());
				if (clause == null && note == null) {
					problems.add(label + "“" + text + "”未注明法律依据：请填写所依据的条款，或说明暂无条款依据（该项将标为待核实）");
				}
				else if ((clause != null && clause.length() > 300) || (note != null && note.length() > 300)) {
					problems.add(label + "：条款和说明各不超过300字");
				}
				else {
					clean.add(new Item(text, clause, clause == null ? note : null));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewChecklistEdition(parsed, effectiveFrom, cleanBasis, List.copyOf(clean));
	}

	private static String blankToNull(String text) {
		return text == null || FreeText.clean(text).isEmpty() ? null : FreeText.clean(text);
	}
}
