import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CouncilDto, CouncilMemberInput } from '../../../../../../contracts/councils.ts';
import { DateField } from '../../../../components/date-field.tsx';
import { FormModal } from '../../../../components/form-modal.tsx';
import { PersonPicker } from '../../../../components/person-picker.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../../lib/form-errors.ts';
import { toApiDate } from '../../../../lib/format.ts';
import { useCreateCouncil, useUpdateCouncil } from '../../api/councils.ts';

type MemberRow = { personId?: string; role: 'chair' | 'member'; userId?: string | null; fullName?: string };
type Values = {
  assigningUnitId?: string;
  name: string;
  opensOn: Dayjs | null;
  closesOn: Dayjs | null;
  members?: MemberRow[];
};

type Props = {
  open: boolean;
  cycle: { id: string; name: string };
  /** The council to edit; absent to form a new one. */
  council?: CouncilDto;
  /** Assigning units the caller may form a council for (create only). */
  units?: { id: string; name: string }[];
  defaultUnitId?: string;
  onClose: (created?: CouncilDto) => void;
  onReload?: () => void;
};

/** Forms or edits a council: name, scoring window, members (3 to 15) with exactly one chair. */
export function CouncilFormModal({
  open,
  cycle,
  council,
  units = [],
  defaultUnitId,
  onClose,
  onReload,
}: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { failure, onError, clear } = useFormFailure(form);
  const create = useCreateCouncil();
  const update = useUpdateCouncil();
  const membersLocked = council ? !council.abilities.editMembers : false;
  const opensLocked = council ? council.windowState !== 'not_open' : false;

  const unitName = (id?: string) => units.find((u) => u.id === id)?.name ?? '';
  const initialValues: Values = council
    ? {
        name: council.name,
        opensOn: dayjs(council.opensOn),
        closesOn: dayjs(council.closesOn),
        members: council.members.map((m) => ({
          personId: m.personId,
          role: m.role,
          userId: m.userId,
          fullName: m.fullName,
        })),
      }
    : {
        assigningUnitId: defaultUnitId,
        name: t('council.defaultName', { unit: unitName(defaultUnitId), cycle: cycle.name }),
        opensOn: null,
        closesOn: null,
        members: [{ role: 'chair' }, { role: 'member' }, { role: 'member' }],
      };

  const onFinish = (v: Values) => {
    clear();
    // Locked members are not in the form: they are left as they are.
    const members: CouncilMemberInput[] = (v.members ?? []).map((m) => ({
      personId: m.personId!,
      role: m.role,
      ...(m.userId ? { userId: m.userId } : {}),
    }));
    const done = (saved: CouncilDto) => {
      message.success(council ? t('common.saved') : t('council.created'));
      onClose(saved);
    };
    if (council) {
      update.mutate(
        {
          id: council.id,
          body: {
            version: council.version,
            name: v.name,
            ...(opensLocked ? {} : { opensOn: toApiDate(v.opensOn) }),
            closesOn: toApiDate(v.closesOn),
            ...(membersLocked ? {} : { members }),
          },
        },
        { onSuccess: done, onError },
      );
    } else {
      create.mutate(
        {
          cycleId: cycle.id,
          body: {
            assigningUnitId: v.assigningUnitId!,
            name: v.name,
            opensOn: toApiDate(v.opensOn)!,
            closesOn: toApiDate(v.closesOn)!,
            members,
          },
        },
        { onSuccess: done, onError },
      );
    }
  };

  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  return (
    <FormModal<Values>
      open={open}
      title={council ? t('council.editTitle') : t('council.createTitle', { cycle: cycle.name })}
      form={form}
      name="council"
      pending={create.isPending || update.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={() => onClose()}
      onReload={onReload}
      initialValues={initialValues}
      width={760}
    >
      {!council && (
        <Form.Item
          name="assigningUnitId"
          label={t('council.assigningUnit')}
          rules={[
            { required: true, message: t('common.requiredPick', { field: t('council.assigningUnit') }) },
          ]}
        >
          <Select
            options={units.map((u) => ({ value: u.id, label: u.name }))}
            onChange={(id: string) =>
              form.setFieldValue('name', t('council.defaultName', { unit: unitName(id), cycle: cycle.name }))
            }
          />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('council.name')} rules={[required(t('council.name'))]}>
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="opensOn"
            label={t('council.opensOn')}
            rules={[{ required: true, message: t('common.requiredPick', { field: t('council.opensOn') }) }]}
            extra={opensLocked ? t('council.opensLocked') : undefined}
          >
            <DateFieldLocked locked={opensLocked} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="closesOn"
            label={t('council.closesOn')}
            dependencies={['opensOn']}
            rules={[
              { required: true, message: t('common.requiredPick', { field: t('council.closesOn') }) },
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null) => {
                  const opens = getFieldValue('opensOn') as Dayjs | null;
                  return value && opens && value.isBefore(opens, 'day')
                    ? Promise.reject(new Error(t('council.closesBeforeOpens')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DateField />
          </Form.Item>
        </Col>
      </Row>
      {membersLocked && council ? (
        <>
          <Typography.Title level={3} style={{ fontSize: 14 }}>
            {t('council.members', { count: council.members.length })}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('council.membersLocked')}</Typography.Paragraph>
          <ol>
            {council.members.map((m) => (
              <li key={m.id}>
                {m.fullName} — {t(`council.role.${m.role}`)}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <MembersEditor />
      )}
    </FormModal>
  );
}

function DateFieldLocked({
  locked,
  ...props
}: {
  locked: boolean;
  value?: Dayjs | null;
  onChange?: (d: Dayjs | null) => void;
}) {
  return locked ? (
    <Typography.Text>{props.value?.format('DD/MM/YYYY')}</Typography.Text>
  ) : (
    <DateField {...props} />
  );
}

/** The member rows: a person and a role each; the list needs exactly one chair. */
function MembersEditor() {
  const { t } = useI18n();
  const roleOptions = [
    { value: 'chair', label: t('council.role.chair') },
    { value: 'member', label: t('council.role.member') },
  ];
  return (
    <Form.List
      name="members"
      rules={[
        {
          validator: async (_, rows: MemberRow[] | undefined) => {
            const chairs = (rows ?? []).filter((r) => r?.role === 'chair').length;
            if (chairs !== 1) throw new Error(t('council.oneChair', { count: chairs }));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14, fontWeight: 600, marginBottom: 8 }}>
            {t('council.members', { count: fields.length })}
          </legend>
          {fields.map((field, i) => (
            <Flex key={field.key} gap={8} align="flex-start">
              <span style={{ width: 24, paddingTop: 5, textAlign: 'right' }}>{i + 1}.</span>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => (
                  <Form.Item
                    name={[field.name, 'personId']}
                    style={{ flex: 1, marginBottom: 8 }}
                    rules={[
                      { required: true, message: t('common.requiredPick', { field: t('council.person') }) },
                    ]}
                  >
                    <PersonPicker
                      aria-label={t('council.personN', { n: i + 1 })}
                      placeholder={t('appoint.personPlaceholder')}
                      initialOption={
                        getFieldValue(['members', field.name, 'fullName'])
                          ? {
                              value: getFieldValue(['members', field.name, 'personId']),
                              label: getFieldValue(['members', field.name, 'fullName']),
                            }
                          : undefined
                      }
                    />
                  </Form.Item>
                )}
              </Form.Item>
              <Form.Item name={[field.name, 'role']} style={{ width: 170, marginBottom: 8 }}>
                <Select options={roleOptions} aria-label={t('council.roleN', { n: i + 1 })} />
              </Form.Item>
              <Button
                icon={<DeleteOutlined aria-hidden="true" />}
                aria-label={t('council.removeN', { n: i + 1 })}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          {errors.length > 0 && (
            <Typography.Paragraph type="danger" role="alert" style={{ margin: '0 0 8px' }}>
              {errors}
            </Typography.Paragraph>
          )}
          <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ role: 'member' })}>
            {t('council.addMember')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
