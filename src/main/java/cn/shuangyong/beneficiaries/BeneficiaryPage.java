package cn.shuangyong.beneficiaries;

import java.util.List;

/** One page of a list, numbered from 0. */
public record BeneficiaryPage(List<PersonRecord> content, long totalElements, int page, int size) {

	public int totalPages() {
		return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
	}
}
