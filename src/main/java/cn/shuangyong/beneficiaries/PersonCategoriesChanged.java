package cn.shuangyong.beneficiaries;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's categories or disability grade changed (a veteran rated disabled, a grade revised, a category given up).
 * Codes as recorded, before and after.
 */
public record PersonCategoriesChanged(long personId, String regionCode, List<String> categoriesBefore,
		List<String> categoriesAfter, Integer gradeBefore, Integer gradeAfter, LocalDate changedOn) {

	public PersonCategoriesChanged {
		categoriesBefore = List.copyOf(categoriesBefore);
		categoriesAfter = List.copyOf(categoriesAfter);
	}
}
