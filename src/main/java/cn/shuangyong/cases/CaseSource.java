package cn.shuangyong.cases;

/** How a grievance reached the platform. */
public enum CaseSource {

	PETITION, HOTLINE, VISIT, LETTER, INSTRUCTION;

	public String messageKey() {
		return "cases.source." + name();
	}
}
