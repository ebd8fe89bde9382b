package cn.shuangyong.notifications;

import java.util.List;

import org.springframework.stereotype.Component;

/** Which channels there are and which are switched on, for the office to see how its messages travel. */
@Component
public class Channels {

	private final List<Channel> channels;

	Channels(List<Channel> channels) {
		this.channels = channels;
	}

	public List<ChannelState> states() {
		return channels.stream().map(c -> new ChannelState(c.name(), c.enabled())).toList();
	}

	/** A channel and whether it is configured. */
	public record ChannelState(String name, boolean enabled) {
	}
}
