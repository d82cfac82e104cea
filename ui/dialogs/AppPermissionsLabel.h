#pragma once

#include "models/domain/TaskKind.h"

#include <QLabel>

// What the app must be granted on its platform for each kind of task, as the endpoint documents
// list it: one compact table for the chosen platform, selectable so the names can be copied
// into the developer console's search.
class AppPermissionsLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit AppPermissionsLabel(QWidget *parent = nullptr);

    void setPlatform(Platform platform);
    Platform platform() const { return m_platform; }

    // Kind and the permissions that allow it, one entry per kind of the platform.
    static QList<std::pair<QString, QString>> permissionsFor(Platform platform);

private:
    Platform m_platform = Platform::Feishu;
};
