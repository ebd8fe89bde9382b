package cn.shuangyong.supervision.tasklife;

/** What units do to a task, and who may: leads sign for, report and submit; cooperating units report; the issuing office signs off, returns and reopens. */
public enum TaskAction {

	SIGN_FOR("签收"), REPORT("报送进展"), SUBMIT("申请销号"), SIGN_OFF("办结销号"), RETURN("退回"), REOPEN("重新打开");

	private final String label;

	TaskAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
