package cn.shuangyong.stations;

/** A supply task's life: asked for by the military side, accepted by the station, closed with what was served. */
public enum SupplyTaskState {

	REQUESTED, ACCEPTED, CLOSED;

	boolean acceptable() {
		return this == REQUESTED;
	}

	boolean closable() {
		return this == ACCEPTED;
	}

	public String messageKey() {
		return "stations.task.state." + name();
	}
}
