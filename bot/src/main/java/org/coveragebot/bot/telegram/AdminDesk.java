package org.coveragebot.bot.telegram;

import java.util.Optional;
import org.coveragebot.bot.admin.AdminCommands;
import org.coveragebot.retrieval.index.IndexProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * The admin commands in Telegram: {@code /reload} with a status message edited as it progresses,
 * {@code /stats}, and article files sent as documents. Anyone else is refused politely, and the attempt
 * is logged with the user id.
 */
final class AdminDesk {

    private static final Logger log = LoggerFactory.getLogger(AdminDesk.class);
    private static final long PROGRESS_EVERY_MS = 3_000;

    private final AdminCommands commands;
    private final Messenger messenger;

    AdminDesk(AdminCommands commands, Messenger messenger) {
        this.commands = commands;
        this.messenger = messenger;
    }

    /** True when the command is an admin one (handled here, whoever sent it). */
    static boolean handles(String command) {
        return command.equals("/reload") || command.equals("/stats");
    }

    boolean command(Message message, String command) {
        if (!isAdmin(message)) {
            return refuse(message, command);
        }
        return command.equals("/reload") ? reload(message, "/reload") : say(message, commands.stats());
    }

    boolean upload(Message message) {
        if (!isAdmin(message)) {
            return refuse(message, "upload");
        }
        Document document = message.getDocument();
        AdminCommands.Upload upload = commands.save(message.getFrom().getId(), document.getFileName(),
                document.getFileSize(), limit -> messenger.download(document.getFileId(), limit));
        say(message, upload.message());
        return upload.saved().isEmpty()
                || reload(message, "upload " + upload.saved().get().getFileName());
    }

    private boolean reload(Message message, String what) {
        long chatId = message.getChatId();
        Optional<Integer> status = messenger.sendStatus(chatId, message.getMessageId(), "Reloading the coverage\u2026");
        long[] lastEdit = {System.currentTimeMillis()};
        IndexProgress progress = (done, total) -> {
            long now = System.currentTimeMillis();
            if (status.isPresent() && now - lastEdit[0] >= PROGRESS_EVERY_MS) {
                lastEdit[0] = now;
                messenger.edit(chatId, status.get(), "Reloading: " + done + " of " + total + " new or changed articles indexed\u2026");
            }
        };
        commands.reload("user " + message.getFrom().getId() + " (" + what + ")", progress).thenAccept(report -> {
            if (status.isPresent()) {
                messenger.edit(chatId, status.get(), report);
            } else {
                messenger.send(Reply.text(chatId, message.getMessageId(), report));
            }
        });
        return true;
    }

    private boolean isAdmin(Message message) {
        return commands.isAdmin(message.getFrom() == null ? null : message.getFrom().getId());
    }

    private boolean refuse(Message message, String what) {
        log.warn("Refused {} from non-admin user {} in chat {}", what,
                message.getFrom() == null ? null : message.getFrom().getId(), message.getChatId());
        return say(message, AdminCommands.REFUSED);
    }

    private boolean say(Message message, String text) {
        return messenger.send(Reply.text(message.getChatId(), message.getMessageId(), text));
    }
}
