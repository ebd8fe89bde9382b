package cn.shuangyong.pensions;

/**
 * Where a shipped amount comes from: published in an official notice, derived from a published table (the grades of
 * 2018–2020 of which only grade 1 was published), or the arithmetic of an announced percentage. Only published
 * amounts are firm; the page says so of the others.
 */
public enum RateBasis {

	PUBLISHED("公布值"), DERIVED("推算值"), ARITHMETIC("测算值");

	private final String chinese;

	RateBasis(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}
}
