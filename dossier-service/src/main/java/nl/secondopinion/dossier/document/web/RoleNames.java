package nl.secondopinion.dossier.document.web;

/** Realm roles in words a patient understands. */
final class RoleNames {

	private RoleNames() {
	}

	static String nl(String role) {
		return switch (role) {
			case "patient" -> "patiënt";
			case "representative" -> "vertegenwoordiger";
			case "gp" -> "huisarts";
			case "specialist" -> "behandelend specialist";
			case "consultant" -> "second-opinionarts";
			case "intake-coordinator" -> "intakecoördinator";
			case "insurer-mediator" -> "zorgbemiddelaar van de verzekeraar";
			case "platform-admin" -> "beheerder";
			case "platform-service" -> "systeem";
			default -> role;
		};
	}

	static String en(String role) {
		return switch (role) {
			case "patient" -> "patient";
			case "representative" -> "representative";
			case "gp" -> "GP";
			case "specialist" -> "treating specialist";
			case "consultant" -> "second-opinion doctor";
			case "intake-coordinator" -> "intake coordinator";
			case "insurer-mediator" -> "insurer's care mediator";
			case "platform-admin" -> "administrator";
			case "platform-service" -> "system";
			default -> role;
		};
	}

}
