package cn.shuangyong.audit;

public enum AuditOutcome {
	SUCCESS, FAILURE, DENIED
}
