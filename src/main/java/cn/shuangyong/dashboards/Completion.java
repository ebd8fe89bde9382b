package cn.shuangyong.dashboards;

/**
 * How far a group of tasks is done: how many there are, how many are signed off, how many are overdue now, and the
 * percent signed off (one decimal).
 */
public record Completion(String key, String name, int total, int signedOff, int overdue, double rate) {

	static Completion of(String key, String name, int total, int signedOff, int overdue) {
		return new Completion(key, name, total, signedOff, overdue,
				total == 0 ? 0 : Math.round(signedOff * 1000.0 / total) / 10.0);
	}
}
