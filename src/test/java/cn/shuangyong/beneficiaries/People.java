package cn.shuangyong.beneficiaries;

import java.util.concurrent.atomic.AtomicInteger;

import cn.shuangyong.privacy.IdNumbers;

/** Drafts of made-up people for tests, each with an ID number of its own. */
final class People {

	/** 金山镇's 董户村社区, a village of 禄丰. */
	static final String LUFENG_VILLAGE = "532302101001";

	/** 金山镇, a township of 禄丰. */
	static final String LUFENG_TOWNSHIP = "532302101";

	/** 鹿城镇, a township of 楚雄市, another county of the same prefecture. */
	static final String CHUXIONG_CITY_TOWNSHIP = "532301101";

	private static final AtomicInteger sequence = new AtomicInteger(100);

	private People() {
	}

	/** A new, valid ID number born in 1960s 禄丰. */
	static String idNumber() {
		int n = sequence.incrementAndGet();
		String body = "532331" + (19600101 + (n % 28) + 100 * (n / 28 % 12)) + "%03d".formatted(n % 1000);
		return IdNumbers.withCheck(body);
	}

	static PersonDraft veteran(String name, String region) {
		return new PersonDraft(name, idNumber(), "13987654321", "云南省楚雄彝族自治州禄丰市金山镇董户村12号",
				"6217000010002000305", "退伍军人", null, region);
	}
}
