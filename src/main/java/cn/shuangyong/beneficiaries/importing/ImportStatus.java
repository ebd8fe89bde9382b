package cn.shuangyong.beneficiaries.importing;

/** A job runs until it ends as DONE (the file was imported as its mode says) or FAILED (nothing was imported). */
public enum ImportStatus {
	RUNNING, DONE, FAILED
}
