package nl.secondopinion.insurance.mediation;

import org.jspecify.annotations.Nullable;

/** How and when the mediator may contact the patient. */
public record ContactPreference(Channel channel, @Nullable String phone, @Nullable DayPart bestTime) {

	public enum Channel {

		PHONE, EMAIL, PLATFORM_MESSAGE

	}

	public enum DayPart {

		MORNING, AFTERNOON, EVENING

	}

}
