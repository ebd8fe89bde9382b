package cn.shuangyong.consultations;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.stereotype.Service;

/** Reading the meetings a user may see: those held in their data scope (404 otherwise), with unit names. */
@Service
public class ConsultationQueries {

	private final MeetingStore store;

	private final Directory directory;

	ConsultationQueries(MeetingStore store, Directory directory) {
		this.store = store;
		this.directory = directory;
	}

	public ListPage<Meeting> meetings(Paging paging, CurrentUser by) {
		by.require(Permission.WORK_READ);
		return store.within(by.scope(), paging).map(this::view);
	}

	public Meeting meeting(long id, CurrentUser by) {
		return view(visible(id, by));
	}

	/** Where a decision is shown: on its meeting's page, at its place; 404 outside the user's scope. */
	public String decisionPage(long decisionId, CurrentUser by) {
		MeetingStore.DecisionPlace place = store.placeOf(decisionId)
			.orElseThrow(() -> new NotFoundException("议定事项不存在"));
		visible(place.meetingId(), by);
		return "/consultations/" + place.meetingId() + "#decision-" + place.position();
	}

	MeetingStore.MeetingRow visible(long id, CurrentUser by) {
		MeetingStore.MeetingRow row = store.find(id).orElseThrow(() -> new NotFoundException("会议不存在"));
		by.mayRead(row.regionCode(), Permission.WORK_READ, "会议不存在");
		return row;
	}

	private Meeting view(MeetingStore.MeetingRow row) {
		List<Long> participants = store.participants(row.id());
		List<MeetingStore.DecisionRow> decisions = store.decisions(row.id());
		Set<Long> ids = new HashSet<>(participants);
		ids.add(row.convenerUnitId());
		decisions.forEach(d -> {
			ids.addAll(d.leadUnitIds());
			ids.addAll(d.cooperatingUnitIds());
		});
		Map<Long, String> names = directory.units(ids.stream().map(UnitId::new).toList()).stream()
			.collect(Collectors.toMap(u -> u.id().value(), Unit::name));
		return new Meeting(row.id(), row.kind(), row.title(), row.heldOn(), row.place(), row.agenda(), row.minutes(),
				ref(row.convenerUnitId(), names), row.regionCode(), row.held(), refs(participants, names),
				decisions.stream().map(d -> new Meeting.Decision(d.id(), d.position(), d.text(), refs(d.leadUnitIds(), names),
						refs(d.cooperatingUnitIds(), names), d.deadline(), d.taskId(), d.doneOn())).toList(),
				row.version());
	}

	private static List<Meeting.UnitRef> refs(List<Long> ids, Map<Long, String> names) {
		return ids.stream().map(id -> ref(id, names)).toList();
	}

	private static Meeting.UnitRef ref(long id, Map<Long, String> names) {
		return new Meeting.UnitRef(id, names.getOrDefault(id, ""));
	}
}
