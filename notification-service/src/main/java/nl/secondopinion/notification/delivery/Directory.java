package nl.secondopinion.notification.delivery;

import java.util.List;
import java.util.Optional;

import nl.secondopinion.notification.event.RecipientGroup;

/** Who users are and how to reach them (Keycloak in production). */
public interface Directory {

	/**
	 * The user's contact details, empty when no such user exists.
	 * @throws DirectoryUnavailableException when the directory cannot be asked now
	 */
	Optional<Contact> contact(String userId);

	/**
	 * The ids of the users a group stands for.
	 * @throws DirectoryUnavailableException when the directory cannot be asked now
	 */
	List<String> members(RecipientGroup group);

}
