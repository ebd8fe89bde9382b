package cn.shuangyong.beneficiaries.importing;

import java.util.List;

import cn.shuangyong.privacy.IdNumber;
import cn.shuangyong.privacy.PhoneNumber;

/**
 * A row after checking: the values it gives and what is wrong with it. Values that failed their check are null.
 *
 * @param ordinal the row's place among all data rows of the file, from 1, across sheets
 */
record CheckedRow(int ordinal, String sheet, int number, String name, IdNumber id, List<String> categories,
		RegionIndex.Place place, PhoneNumber phone, String address, IdNumber head, List<RowProblem> problems,
		List<RowProblem> warnings) {

	boolean valid() {
		return problems.isEmpty();
	}

	/** The household's head: the named one, else the person themselves. */
	IdNumber householdHead() {
		return head != null ? head : id;
	}
}
