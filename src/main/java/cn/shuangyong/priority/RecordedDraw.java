package cn.shuangyong.priority;

import java.time.OffsetDateTime;

/** A spot-check draw as recorded: its seed, the number asked and the number of candidates, so it can be repeated. */
public record RecordedDraw(long id, long seed, int requested, int candidates, String drawnBy, OffsetDateTime drawnAt) {
}
