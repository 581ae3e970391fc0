package org.consortia.invitation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.consortia.validation.PlainText;

/** Who is invited, as the inviter typed them, checked field by field. */
record Invitee(
        @NotBlank(message = "Enter the person's e-mail address.")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "Enter an e-mail address like name@example.org.")
        @Size(max = 254, message = "An e-mail address is at most 254 characters.")
        String email,
        @NotBlank(message = "Enter the person's name.")
        @Size(max = 200, message = "A name is at most 200 characters.")
        @PlainText
        String name) {
}
